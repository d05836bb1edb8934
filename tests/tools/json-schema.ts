import * as z from 'zod'
import { ArticleRecordSchema } from '../../src/records/index.ts'

/** The record's JSON Schema (draft 2020-12), generated from the zod schema. */
export function articleRecordJsonSchema(): unknown {
  return z.toJSONSchema(ArticleRecordSchema, { target: 'draft-2020-12' })
}
