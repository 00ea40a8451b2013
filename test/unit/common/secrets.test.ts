import assert from 'node:assert/strict'
import { test } from 'node:test'
import { errorMessage, hideInMessages, withoutSecrets } from '../../../src/common/secrets.js'

test('a registered secret is replaced wherever a message echoes it; values too short to be secrets are not', () => {
  hideInMessages('  ghs_secretToken123  ')
  hideInMessages('abc')
  assert.equal(withoutSecrets('token ghs_secretToken123, again ghs_secretToken123'), 'token ***, again ***')
  assert.equal(errorMessage(new Error('Bad credentials for ghs_secretToken123')), 'Bad credentials for ***')
  assert.equal(errorMessage('plain ghs_secretToken123'), 'plain ***')
  assert.equal(withoutSecrets('abc stays'), 'abc stays')
})
