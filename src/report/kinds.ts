/**
 * The kinds of highlighted item, in the order the report lists them: a colour from the Okabe–Ito
 * palette (distinguishable with the common colour-vision deficiencies), and two cues that do not
 * rely on colour: the underline's style and a short tag drawn before each item.
 */

export type KindKey =
  | 'document' | 'date' | 'count' | 'amount' | 'person' | 'body' | 'meeting' | 'publication'
  | 'title' | 'byline' | 'caption' | 'credit'

export type LineStyle = 'solid' | 'double' | 'dashed' | 'dotted'

export interface Kind {
  key: KindKey
  /** Plural label for the legend, the index and the side list. */
  label: string
  /** Okabe–Ito colour (the article-part kinds share neutral greys). */
  colour: string
  /** Colour of the underline and tag: the kind's colour, darker for the light yellow so it shows on white. */
  ink: string
  /** Underline style: the non-colour cue that is always on. */
  line: LineStyle
  /** Short tag drawn before the item's main span (a CSS pseudo-element: not part of the text). */
  tag: string
  /** Which record field holds the items. */
  field: 'documents' | 'dates' | 'counts' | 'amounts' | 'people' | 'bodies' | 'meetings' | 'publication' | 'title' | 'byline' | 'captions' | 'photoCredits'
}

/** Every kind that has spans in a record, in display order. */
export const KINDS: readonly Kind[] = [
  { key: 'document', label: 'documents', colour: '#0072B2', ink: '#0072B2', line: 'double', tag: 'doc', field: 'documents' },
  { key: 'date', label: 'dates', colour: '#56B4E9', ink: '#56B4E9', line: 'dotted', tag: 'date', field: 'dates' },
  { key: 'count', label: 'counts', colour: '#E69F00', ink: '#E69F00', line: 'solid', tag: 'n', field: 'counts' },
  { key: 'amount', label: 'amounts', colour: '#F0E442', ink: '#8F8200', line: 'dashed', tag: 'amt', field: 'amounts' },
  { key: 'person', label: 'people', colour: '#CC79A7', ink: '#CC79A7', line: 'solid', tag: 'per', field: 'people' },
  { key: 'body', label: 'bodies', colour: '#009E73', ink: '#009E73', line: 'dashed', tag: 'org', field: 'bodies' },
  { key: 'meeting', label: 'meetings', colour: '#D55E00', ink: '#D55E00', line: 'double', tag: 'mtg', field: 'meetings' },
  { key: 'publication', label: 'publication stamp', colour: '#000000', ink: '#000000', line: 'dotted', tag: 'pub', field: 'publication' },
  { key: 'title', label: 'title', colour: '#666666', ink: '#666666', line: 'solid', tag: 'title', field: 'title' },
  { key: 'byline', label: 'byline', colour: '#666666', ink: '#666666', line: 'dashed', tag: 'by', field: 'byline' },
  { key: 'caption', label: 'captions', colour: '#999999', ink: '#999999', line: 'dotted', tag: 'cap', field: 'captions' },
  { key: 'credit', label: 'photo credits', colour: '#999999', ink: '#999999', line: 'dashed', tag: 'photo', field: 'photoCredits' },
]

/** Kinds by key. */
export const KIND: Readonly<Record<KindKey, Kind>> = Object.fromEntries(KINDS.map((k) => [k.key, k])) as Record<KindKey, Kind>

/**
 * Which item stays whole when two spans cross (the other is drawn in fragments): the first kind here
 * wins. Short, precise items first; long ones (a count with its subject, a caption line) last.
 */
export const WHOLE_PRIORITY: readonly KindKey[] = [
  'publication', 'document', 'date', 'person', 'body', 'meeting', 'amount', 'count', 'title', 'byline', 'credit', 'caption',
]
