import { RECEIVE_PATH, type ReceiveResult } from '../../../shared/receivedFiles';

const failed = (message: string): ReceiveResult => ({ ok: false, error: { code: 'IO_ERROR', message } });

/** Browser mode: the file goes to the host as the request body, with the upload's progress. */
function upload(file: File, onProgress: (fraction: number) => void): Promise<ReceiveResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${RECEIVE_PATH}?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', 'application/zip');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as ReceiveResult);
      } catch {
        resolve(failed(`上传档案包失败（HTTP ${xhr.status}）。`));
      }
    };
    xhr.onerror = () => resolve(failed('无法连接档案服务，请确认档案程序仍在运行，然后刷新页面。'));
    xhr.send(file);
  });
}

/**
 * A file the clerk chose, as the full path the contract's methods take: in the app, the file's own
 * path; in browser mode, where the page cannot know it, the copy the host keeps after an upload.
 */
export async function receiveFile(
  file: File,
  onProgress: (fraction: number) => void = () => {},
): Promise<ReceiveResult> {
  const bridge = window.receivedFiles;
  if (bridge) {
    const path = bridge.pathOf(file);
    if (!path) return failed('无法读取所选文件的位置，请重新选择。');
    return { ok: true, value: { file: path, name: file.name, size: file.size } };
  }
  return upload(file, onProgress);
}
