// Writes schema/digest.schema.json from the one list of a paper's fields (src/publish/fields.ts);
// test/unit/publish/fields.test.ts fails when the file and the list disagree.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { digestSchema } from '../src/publish/fields.js'

const file = new URL('../schema/digest.schema.json', import.meta.url)
const options = await resolveConfig(fileURLToPath(file))
writeFileSync(file, await format(JSON.stringify(digestSchema()), { ...options, parser: 'json' }))
