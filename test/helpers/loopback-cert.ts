// A certificate for 127.0.0.1 and localhost, generated per run: loopback TLS servers in tests
// (the Cosmos wire server, the identity stand-in) are trusted through it alone (an agent's `ca`,
// or NODE_EXTRA_CA_CERTS for a child process), so nothing relaxes TLS globally.
// Free of vitest imports: the benchmark scripts reuse it.
import { generate } from 'selfsigned';

export interface LoopbackCert {
  cert: string;
  key: string;
}

/**
 * `commonName` tells apart certificates trusted together: OpenSSL finds a self-signed issuer by
 * its name, so two certificates both named "localhost" in one NODE_EXTRA_CA_CERTS file would make
 * one of the two servers fail verification.
 */
export async function loopbackCertificate(commonName = 'localhost'): Promise<LoopbackCert> {
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}
