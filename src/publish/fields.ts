/**
 * A paper's fields in the JSON digest (`json-path`), as data: the one list from which the JSON is
 * written (publish.ts), read back (metadata.ts), described (`schema/digest.schema.json`, generated
 * by `npm run schema` and checked by the tests) and from which the page's record of a paper is
 * made (site.ts). A new field is one entry here.
 */
import { paperUrl, type METADATA, type Paper } from '../readme/model.js'

/** A field of arXiv's metadata: what is read back into a paper from a digest written before. */
type MetadataKey = (typeof METADATA)[number]

export interface PaperField {
  /** Its name in the JSON. */
  readonly name: string
  /** Its JSON Schema, description included. */
  readonly schema: Readonly<Record<string, unknown>>
  /** Every paper has it. */
  readonly required?: true
  /** Its value for a paper; undefined leaves the field out. */
  readonly value: (paper: Paper) => unknown
  /** The paper's metadata it is read back into, when it is arXiv's metadata. */
  readonly metadata?: MetadataKey
  /** The page's record of a paper carries it (the abstract is fetched apart, on demand). */
  readonly page?: true
}

const DAY = '^\\d{4}-\\d{2}-\\d{2}$'
const TIME = '^\\d{4}-\\d{2}-\\d{2}T'
const STRINGS = { type: 'array', items: { type: 'string' } }

export const PAPER_FIELDS: readonly PaperField[] = [
  {
    name: 'id',
    required: true,
    page: true,
    schema: { type: 'string', description: 'arXiv id without version, e.g. 2503.08342 or hep-th/9901001.' },
    value: (paper) => paper.id,
  },
  {
    name: 'version',
    required: true,
    page: true,
    schema: { type: 'integer', minimum: 0, description: 'Version number; 0 when unknown.' },
    value: (paper) => paper.version,
  },
  {
    name: 'url',
    required: true,
    schema: { type: 'string', pattern: '^https://arxiv\\.org/abs/', description: 'The abstract page of that version.' },
    value: paperUrl,
  },
  { name: 'title', required: true, page: true, schema: { type: 'string' }, value: (paper) => paper.title },
  {
    name: 'date',
    required: true,
    page: true,
    schema: {
      type: 'string',
      pattern: DAY,
      description: 'The date the README shows (sort-by: last update or first version).',
    },
    value: (paper) => paper.date,
  },
  { name: 'abstract', required: true, schema: { type: 'string' }, value: (paper) => paper.abstract },
  {
    name: 'comment',
    required: true,
    page: true,
    schema: { type: 'string', description: "The author's comment; empty when none." },
    value: (paper) => paper.comment,
  },
  {
    name: 'authors',
    metadata: 'authors',
    page: true,
    schema: {
      ...STRINGS,
      description:
        "Every author, in arXiv's order. Absent when unknown (a paper adopted from a README whose metadata could not be looked up yet).",
    },
    value: (paper) => paper.authors,
  },
  {
    name: 'categories',
    metadata: 'categories',
    page: true,
    schema: { ...STRINGS, description: 'arXiv categories, the primary one first. Absent when unknown.' },
    value: (paper) => paper.categories,
  },
  {
    name: 'published',
    metadata: 'published',
    schema: {
      type: 'string',
      pattern: TIME,
      description: 'When arXiv listed the first version (ISO 8601). Absent when unknown.',
    },
    value: (paper) => paper.published,
  },
  {
    name: 'updated',
    metadata: 'updated',
    schema: {
      type: 'string',
      pattern: TIME,
      description: 'When arXiv listed the latest version (ISO 8601). Absent when unknown.',
    },
    value: (paper) => paper.updated,
  },
  {
    name: 'doi',
    metadata: 'doi',
    schema: { type: 'string', description: 'The DOI arXiv gives, when it gives one.' },
    value: (paper) => paper.doi,
  },
  {
    name: 'journal_ref',
    metadata: 'journalRef',
    schema: { type: 'string', description: 'The journal reference arXiv gives, when it gives one.' },
    value: (paper) => paper.journalRef,
  },
  {
    name: 'tldr',
    page: true,
    schema: {
      type: 'string',
      maxLength: 400,
      description:
        "One or two sentences on the paper, written by the user's own model (llm-* inputs) in llm-language; plain text, no link.",
    },
    value: (paper) => paper.tldr || undefined,
  },
  {
    name: 'title_translated',
    page: true,
    schema: {
      type: 'string',
      maxLength: 300,
      description:
        "The title in llm-language, written by the user's own model, when llm-language is not English; plain text.",
    },
    value: (paper) => paper.titleTranslated || undefined,
  },
  {
    name: 'relevance',
    page: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['score', 'reason'],
      description: "How close the paper is to the reader's interests, as their own model scored it (interests input).",
      properties: {
        score: { type: 'number', minimum: 0, maximum: 10 },
        reason: { type: 'string', maxLength: 300 },
      },
    },
    value: ({ relevance }) => (relevance ? { score: relevance.score, reason: relevance.reason } : undefined),
  },
]

/** A paper as the JSON digest holds it: its fields in the list's order, absent ones left out. */
export function paperRecord(paper: Paper, fields: readonly PaperField[] = PAPER_FIELDS): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  for (const field of fields) {
    const value = field.value(paper)
    if (value !== undefined) record[field.name] = value
  }
  return record
}

/** The value of a metadata field as read back, when it has the type the schema gives it. */
export function readField(field: PaperField, value: unknown): string | readonly string[] | undefined {
  if (field.schema.type === 'array')
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** The JSON Schema of the digest (`schema/digest.schema.json`). */
export function digestSchema(): Record<string, unknown> {
  return {
    $id: 'https://github.com/marketplace/actions/arxiv-daily-digest-readme/schema/digest.schema.json',
    title: 'arXiv daily digest',
    description:
      "The digest the arXiv daily digest action writes to json-path: every paper of every keyword, overflow files included, in the README's order. Written for JSON Schema draft-07 and later (no $schema, so that any validator reads it with its default draft).",
    type: 'object',
    additionalProperties: false,
    required: ['version', 'updated', 'keywords'],
    properties: {
      version: { const: 1, description: 'Format version; a change that breaks readers raises it.' },
      updated: {
        description:
          "The README's Last update date (YYYY-MM-DD): it moves only when a paper is added, updated or removed. Null before any paper.",
        oneOf: [{ type: 'string', pattern: DAY }, { type: 'null' }],
      },
      keywords: {
        type: 'array',
        description: "One entry per keyword, in the order of the README's sections.",
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['title', 'query', 'papers'],
          properties: {
            title: { type: 'string', description: 'The section title (the keyword as typed).' },
            query: { type: 'string', description: 'The arXiv search query the keyword runs (empty when unknown).' },
            papers: {
              type: 'array',
              description: 'Newest first, at most max-papers.',
              items: {
                type: 'object',
                additionalProperties: false,
                required: PAPER_FIELDS.filter((field) => field.required).map((field) => field.name),
                properties: Object.fromEntries(PAPER_FIELDS.map((field) => [field.name, field.schema])),
              },
            },
          },
        },
      },
    },
  }
}
