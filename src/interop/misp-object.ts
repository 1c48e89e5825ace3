// The MISP JSON shapes hoptrace writes (objects, attributes, references, tags) and a small builder
// that names every one with a stable UUIDv5, so a re-export updates the same objects in MISP
// instead of adding copies.
import { parse as parseUuid, v5 as uuidV5 } from 'uuid';
import { HOPTRACE_NAMESPACE } from '../export/stix.ts';

export interface MispTag {
  name: string;
}

export interface MispAttribute {
  uuid: string;
  type: string;
  category: string;
  object_relation?: string;
  value: string;
  to_ids: boolean;
  /** 5: inherit the event's distribution. */
  distribution: '5';
  disable_correlation: boolean;
  comment: string;
  Tag?: MispTag[];
}

export interface MispObjectReference {
  uuid: string;
  object_uuid: string;
  referenced_uuid: string;
  relationship_type: string;
  comment: string;
}

export interface MispObject {
  uuid: string;
  name: string;
  'meta-category': string;
  description: string;
  template_uuid: string;
  template_version: string;
  distribution: '5';
  sharing_group_id: '0';
  comment: string;
  first_seen?: string;
  Attribute: MispAttribute[];
  ObjectReference: MispObjectReference[];
}

/**
 * The templates of MISP/misp-objects these objects follow (uuid and version as committed under
 * test/fixtures/misp-objects/, which the tests validate against).
 */
const TEMPLATES = {
  url: { uuid: '60efb77b-40b5-4c46-871b-ed1ed999fce5', version: '10', meta: 'network', description: 'url object describes an url along with its normalized field' },
  file: { uuid: '688c46fb-5edb-40a3-8273-1af7923e2215', version: '25', meta: 'file', description: 'File object describing a file with meta-information' },
  email: { uuid: 'a0c666e0-fc65-4be8-b48f-3423d788b552', version: '19', meta: 'network', description: 'Email object describing an email with meta-information' },
  'domain-ip': { uuid: '43b3b146-77eb-4931-b4cc-b66c60f28734', version: '11', meta: 'network', description: 'A domain/hostname and IP address seen as a tuple in a specific time frame.' },
  whois: { uuid: '429faea1-34ff-47af-8a00-7c62d3be5a6a', version: '10', meta: 'network', description: 'Whois records information for a domain name or an IP address.' },
} as const;

export type MispObjectName = keyof typeof TEMPLATES;

/** A MISP attribute type and the category hoptrace files it under (one the type allows). */
export type Typed = readonly [type: string, category: string];

// Parsed once: an export names hundreds of thousands of things, and SHA-1 is most of its time.
const NAMESPACE = parseUuid(HOPTRACE_NAMESPACE);
export const stableUuid = (key: string): string => uuidV5(`misp ${key}`, NAMESPACE);

export class ObjectBuilder {
  readonly object: MispObject;
  constructor(name: MispObjectName, key: string, comment = '') {
    const t = TEMPLATES[name];
    this.object = {
      uuid: stableUuid(`${name} ${key}`),
      name,
      'meta-category': t.meta,
      description: t.description,
      template_uuid: t.uuid,
      template_version: t.version,
      distribution: '5',
      sharing_group_id: '0',
      comment,
      Attribute: [],
      ObjectReference: [],
    };
  }

  /** Adds an attribute unless the value is empty; the same relation and value are kept once. */
  add(relation: string, [type, category]: Typed, value: string | number | null | undefined, opts: { toIds?: boolean; tags?: string[]; comment?: string } = {}): this {
    if (value === null || value === undefined || value === '') return this;
    const text = String(value);
    const uuid = stableUuid(`${this.object.uuid} ${relation} ${text}`);
    if (this.object.Attribute.some((a) => a.uuid === uuid)) return this;
    this.object.Attribute.push({
      uuid, type, category, object_relation: relation, value: text, to_ids: opts.toIds ?? false, distribution: '5',
      // Times and sizes are the same on thousands of unrelated objects: correlating on them is noise.
      disable_correlation: type === 'datetime' || type === 'size-in-bytes' || type === 'text',
      comment: opts.comment ?? '',
      ...(opts.tags?.length ? { Tag: opts.tags.map((name) => ({ name })) } : {}),
    });
    return this;
  }

  refer(target: MispObject, relationship: string, comment = ''): this {
    const uuid = stableUuid(`ref ${this.object.uuid} ${relationship} ${target.uuid}`);
    if (!this.object.ObjectReference.some((r) => r.uuid === uuid)) {
      this.object.ObjectReference.push({ uuid, object_uuid: this.object.uuid, referenced_uuid: target.uuid, relationship_type: relationship, comment });
    }
    return this;
  }
}

// The attribute types and categories used (MISP's describeTypes allows each pair).
export const T = {
  url: ['url', 'Network activity'],
  domain: ['domain', 'Network activity'],
  hostname: ['hostname', 'Network activity'],
  ipDst: ['ip-dst', 'Network activity'],
  datetime: ['datetime', 'Other'],
  text: ['text', 'Other'],
  filename: ['filename', 'Payload delivery'],
  sha256: ['sha256', 'Payload delivery'],
  size: ['size-in-bytes', 'Other'],
  mime: ['mime-type', 'Payload delivery'],
  emailSrc: ['email-src', 'Payload delivery'],
  emailSrcName: ['email-src-display-name', 'Payload delivery'],
  emailDst: ['email-dst', 'Payload delivery'],
  subject: ['email-subject', 'Payload delivery'],
  messageId: ['email-message-id', 'Payload delivery'],
  emailAttachment: ['email-attachment', 'Payload delivery'],
  registrantEmail: ['whois-registrant-email', 'Attribution'],
  registrantName: ['whois-registrant-name', 'Attribution'],
  registrantOrg: ['whois-registrant-org', 'Attribution'],
  registrantPhone: ['whois-registrant-phone', 'Attribution'],
  registrar: ['whois-registrar', 'Attribution'],
} as const satisfies Record<string, Typed>;
