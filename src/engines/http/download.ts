// Whether a response is a download rather than a page, and the filename the server suggests
// (recorded only: it is attacker-controlled and never used as a path).
import { basename } from 'node:path/posix';
import { isAttachmentDisposition } from '../../bytes.ts';

const DOWNLOAD_TYPES =
  /^(application\/(octet-stream|zip|x-zip-compressed|x-rar(-compressed)?|vnd\.rar|x-7z-compressed|gzip|x-gzip|x-tar|x-msdownload|x-msdos-program|x-ms-installer|x-msi|x-dosexec|vnd\.microsoft\.portable-executable|java-archive|x-iso9660-image|x-apple-diskimage|vnd\.android\.package-archive|x-sh|x-bat|hta|x-ms-shortcut|vnd\.ms-cab-compressed))\b/i;

export function isDownload(contentType: string | null, disposition: string | null): boolean {
  if (isAttachmentDisposition(disposition)) return true;
  return contentType !== null && DOWNLOAD_TYPES.test(contentType.trim());
}

export function suggestedFilename(url: string, disposition: string | null): string {
  const star = /filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)/i.exec(disposition ?? '');
  if (star) {
    try {
      return decodeURIComponent(star[2].trim());
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(disposition ?? '');
  const name = plain ? (plain[1] ?? plain[2]).trim() : '';
  if (name) return name;
  try {
    return decodeURIComponent(basename(new URL(url).pathname)) || 'download';
  } catch {
    return 'download';
  }
}
