import { request as httpRequest } from 'node:http';

export interface StreamedUpload {
  status: number;
  body: string;
  /** Bytes the client had handed to the socket when the answer arrived. */
  sentBeforeAnswer: number;
}

/**
 * POSTs a body of `totalBytes` zeros, chunked (no Content-Length), one reused 64 KiB buffer at a
 * time and only as fast as the server reads, so a server that refuses early stops the upload.
 * Nothing of the size is ever allocated.
 */
export function streamUpload(
  url: string,
  totalBytes: number,
  headers: Record<string, string> = {},
): Promise<StreamedUpload> {
  const chunk = Buffer.alloc(64 * 1024);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = httpRequest(url, { method: 'POST', headers }, (response) => {
      answered = true;
      const sentBeforeAnswer = sent;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (text: string) => (body += text));
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body, sentBeforeAnswer });
      });
    });
    // Once the server has answered and closed, further writes fail: that is the expected end.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < totalBytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}

/** Declares a huge Content-Length and sends nothing: the server must answer from the header alone. */
export function declareHugeBody(url: string, declaredBytes: number, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: 'POST', headers: { ...headers, 'Content-Length': String(declaredBytes) } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (text: string) => (body += text));
        response.on('end', () => {
          request.destroy();
          resolve({ status: response.statusCode ?? 0, body });
        });
      },
    );
    request.on('error', reject);
    request.flushHeaders();
  });
}
