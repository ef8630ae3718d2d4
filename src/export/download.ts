/** Saves a file through the browser's download, as if from a link. */
export function downloadFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
