// Kafka ListGroups API (key 16): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ListGroupsRequest.json, ListGroupsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ListGroupsRequest: request of api key 16, versions 0-5, flexible 3-5. */
export interface ListGroupsRequest {
  /** The states of the groups we want to list. If empty, all groups are returned with their state. (versions 4-5) */
  readonly statesFilter: readonly string[];
  /** The types of the groups we want to list. If empty, all groups are returned with their type. (versions 5) */
  readonly typesFilter: readonly string[];
}

/** ListGroupsResponse: response of api key 16, versions 0-5, flexible 3-5. */
export interface ListGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-5) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-5) */
  readonly errorCode: number;
  /** Each group in the response. (versions 0-5) */
  readonly groups: readonly ListGroupsResponseListedGroup[];
}

/** ListedGroup in ListGroupsResponse. */
export interface ListGroupsResponseListedGroup {
  /** The group ID. (versions 0-5) */
  readonly groupId: string;
  /** The group protocol type. (versions 0-5) */
  readonly protocolType: string;
  /** The group state name. (versions 4-5) */
  readonly groupState: string;
  /** The group type name. (versions 5) */
  readonly groupType: string;
}

/** A ListGroupsRequest with every field at its spec default. */
export function newListGroupsRequest(): ListGroupsRequest {
  return {
    statesFilter: [],
    typesFilter: [],
  };
}

/** A ListGroupsResponse with every field at its spec default. */
export function newListGroupsResponse(): ListGroupsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    groups: [],
  };
}

/** A ListGroupsResponseListedGroup with every field at its spec default. */
export function newListGroupsResponseListedGroup(): ListGroupsResponseListedGroup {
  return {
    groupId: "",
    protocolType: "",
    groupState: "",
    groupType: "",
  };
}

/** ListGroupsRequest at v0-2. */
function encListGroupsRequestV0(w: Writer, v: ListGroupsRequest): void {
}

/** ListGroupsRequest at v0-2. */
function decListGroupsRequestV0(r: Reader): ListGroupsRequest {
  return {
    statesFilter: [],
    typesFilter: [],
  };
}

/** ListGroupsRequest at v3. */
function encListGroupsRequestV3(w: Writer, v: ListGroupsRequest): void {
  w.uvarint(0); // no tagged fields
}

/** ListGroupsRequest at v3. */
function decListGroupsRequestV3(r: Reader): ListGroupsRequest {
  r.skipTaggedFields(); // none known in this version
  return {
    statesFilter: [],
    typesFilter: [],
  };
}

/** ListGroupsRequest at v4. */
function encListGroupsRequestV4(w: Writer, v: ListGroupsRequest): void {
  {
    const $a1 = v.statesFilter;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      w.compactString($a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListGroupsRequest at v4. */
function decListGroupsRequestV4(r: Reader): ListGroupsRequest {
  const $n3 = r.compactArrayLength();
  const $a4: string[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(r.compactString());
  const statesFilter = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    statesFilter,
    typesFilter: [],
  };
}

/** ListGroupsRequest at v5. */
function encListGroupsRequestV5(w: Writer, v: ListGroupsRequest): void {
  {
    const $a6 = v.statesFilter;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      w.compactString($a6[$i7]);
    }
  }
  {
    const $a8 = v.typesFilter;
    w.compactArrayLength($a8.length);
    for (let $i9 = 0; $i9 < $a8.length; $i9++) {
      w.compactString($a8[$i9]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListGroupsRequest at v5. */
function decListGroupsRequestV5(r: Reader): ListGroupsRequest {
  const $n10 = r.compactArrayLength();
  const $a11: string[] = [];
  for (let $i12 = 0; $i12 < $n10; $i12++) $a11.push(r.compactString());
  const statesFilter = $a11;
  const $n13 = r.compactArrayLength();
  const $a14: string[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(r.compactString());
  const typesFilter = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    statesFilter,
    typesFilter,
  };
}

/** ListGroupsRequest at versions 0-5. */
export const listGroupsRequestCodec = new MessageCodec<ListGroupsRequest>(
  "ListGroupsRequest",
  0,
  [encListGroupsRequestV0, encListGroupsRequestV0, encListGroupsRequestV0, encListGroupsRequestV3, encListGroupsRequestV4, encListGroupsRequestV5],
  [decListGroupsRequestV0, decListGroupsRequestV0, decListGroupsRequestV0, decListGroupsRequestV3, decListGroupsRequestV4, decListGroupsRequestV5],
  newListGroupsRequest,
);

/** ListGroupsResponse at v0. */
function encListGroupsResponseV0(w: Writer, v: ListGroupsResponse): void {
  w.int16(v.errorCode);
  {
    const $a1 = v.groups;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encListGroupsResponseListedGroupV0(w, $a1[$i2]);
    }
  }
}

/** ListGroupsResponse at v0. */
function decListGroupsResponseV0(r: Reader): ListGroupsResponse {
  const errorCode = r.int16();
  const $n3 = r.arrayLength();
  const $a4: ListGroupsResponseListedGroup[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decListGroupsResponseListedGroupV0(r));
  const groups = $a4;
  return {
    throttleTimeMs: 0,
    errorCode,
    groups,
  };
}

/** ListGroupsResponse at v1-2. */
function encListGroupsResponseV1(w: Writer, v: ListGroupsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a6 = v.groups;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encListGroupsResponseListedGroupV0(w, $a6[$i7]);
    }
  }
}

/** ListGroupsResponse at v1-2. */
function decListGroupsResponseV1(r: Reader): ListGroupsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n8 = r.arrayLength();
  const $a9: ListGroupsResponseListedGroup[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decListGroupsResponseListedGroupV0(r));
  const groups = $a9;
  return {
    throttleTimeMs,
    errorCode,
    groups,
  };
}

/** ListGroupsResponse at v3. */
function encListGroupsResponseV3(w: Writer, v: ListGroupsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a11 = v.groups;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encListGroupsResponseListedGroupV3(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListGroupsResponse at v3. */
function decListGroupsResponseV3(r: Reader): ListGroupsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n13 = r.compactArrayLength();
  const $a14: ListGroupsResponseListedGroup[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decListGroupsResponseListedGroupV3(r));
  const groups = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    groups,
  };
}

/** ListGroupsResponse at v4. */
function encListGroupsResponseV4(w: Writer, v: ListGroupsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a16 = v.groups;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encListGroupsResponseListedGroupV4(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListGroupsResponse at v4. */
function decListGroupsResponseV4(r: Reader): ListGroupsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n18 = r.compactArrayLength();
  const $a19: ListGroupsResponseListedGroup[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decListGroupsResponseListedGroupV4(r));
  const groups = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    groups,
  };
}

/** ListGroupsResponse at v5. */
function encListGroupsResponseV5(w: Writer, v: ListGroupsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a21 = v.groups;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encListGroupsResponseListedGroupV5(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListGroupsResponse at v5. */
function decListGroupsResponseV5(r: Reader): ListGroupsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n23 = r.compactArrayLength();
  const $a24: ListGroupsResponseListedGroup[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decListGroupsResponseListedGroupV5(r));
  const groups = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    groups,
  };
}

/** ListGroupsResponseListedGroup at v0-2. */
function encListGroupsResponseListedGroupV0(w: Writer, v: ListGroupsResponseListedGroup): void {
  w.string(v.groupId);
  w.string(v.protocolType);
}

/** ListGroupsResponseListedGroup at v0-2. */
function decListGroupsResponseListedGroupV0(r: Reader): ListGroupsResponseListedGroup {
  const groupId = r.string();
  const protocolType = r.string();
  return {
    groupId,
    protocolType,
    groupState: "",
    groupType: "",
  };
}

/** ListGroupsResponseListedGroup at v3. */
function encListGroupsResponseListedGroupV3(w: Writer, v: ListGroupsResponseListedGroup): void {
  w.compactString(v.groupId);
  w.compactString(v.protocolType);
  w.uvarint(0); // no tagged fields
}

/** ListGroupsResponseListedGroup at v3. */
function decListGroupsResponseListedGroupV3(r: Reader): ListGroupsResponseListedGroup {
  const groupId = r.compactString();
  const protocolType = r.compactString();
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    protocolType,
    groupState: "",
    groupType: "",
  };
}

/** ListGroupsResponseListedGroup at v4. */
function encListGroupsResponseListedGroupV4(w: Writer, v: ListGroupsResponseListedGroup): void {
  w.compactString(v.groupId);
  w.compactString(v.protocolType);
  w.compactString(v.groupState);
  w.uvarint(0); // no tagged fields
}

/** ListGroupsResponseListedGroup at v4. */
function decListGroupsResponseListedGroupV4(r: Reader): ListGroupsResponseListedGroup {
  const groupId = r.compactString();
  const protocolType = r.compactString();
  const groupState = r.compactString();
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    protocolType,
    groupState,
    groupType: "",
  };
}

/** ListGroupsResponseListedGroup at v5. */
function encListGroupsResponseListedGroupV5(w: Writer, v: ListGroupsResponseListedGroup): void {
  w.compactString(v.groupId);
  w.compactString(v.protocolType);
  w.compactString(v.groupState);
  w.compactString(v.groupType);
  w.uvarint(0); // no tagged fields
}

/** ListGroupsResponseListedGroup at v5. */
function decListGroupsResponseListedGroupV5(r: Reader): ListGroupsResponseListedGroup {
  const groupId = r.compactString();
  const protocolType = r.compactString();
  const groupState = r.compactString();
  const groupType = r.compactString();
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    protocolType,
    groupState,
    groupType,
  };
}

/** ListGroupsResponse at versions 0-5. */
export const listGroupsResponseCodec = new MessageCodec<ListGroupsResponse>(
  "ListGroupsResponse",
  0,
  [encListGroupsResponseV0, encListGroupsResponseV1, encListGroupsResponseV1, encListGroupsResponseV3, encListGroupsResponseV4, encListGroupsResponseV5],
  [decListGroupsResponseV0, decListGroupsResponseV1, decListGroupsResponseV1, decListGroupsResponseV3, decListGroupsResponseV4, decListGroupsResponseV5],
  newListGroupsResponse,
);
