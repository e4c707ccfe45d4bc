/** Why a file could not be written or read, in Chinese, from Node's error code (the English message only as a fallback). */
export function fileErrorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '路径不存在';
    case 'ENOTDIR':
    case 'EEXIST':
      // EEXIST: creating a folder on the path where a file of that name already is.
      return '路径中有一级不是文件夹';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    case 'EACCES':
    case 'EPERM':
      return '没有权限';
    case 'EROFS':
      return '所在位置只读';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'ENAMETOOLONG':
      return '文件名过长';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
