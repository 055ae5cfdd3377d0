// The master key every test app and the demo template use, so letters signed while the template was
// built can be signed on (and their keys decrypted) by the app under test.
export const TEST_SIGNING_MASTER_KEY = Buffer.alloc(32, 0x5a);
