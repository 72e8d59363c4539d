/*
 * Power loss, simulated: loaded with LD_PRELOAD into the crash writer, this library sits under
 * SQLite's file calls for one archive (the file, its -wal and its -journal) and, before each write
 * or truncation, appends an undo record (offset, old bytes, old size) to an undo journal. An fsync
 * of the file is a barrier: it is recorded, and everything before it is durable. A file created
 * since the last fsync of its folder is recorded too: until the folder is synced, its name may
 * vanish with the power. The parent (powerLossReplay.ts) reads the journal after killing the
 * writer and undoes, tears or reorders whatever was not durable.
 *
 * The journal is written with plain write() before the data write it protects: a SIGKILL leaves
 * the page cache (and so the journal) intact, which is exactly what the parent relies on.
 *
 * Environment: POWERLOSS_FILE (absolute path of the archive, as SQLite opens it),
 *              POWERLOSS_JOURNAL (the undo journal, created here).
 * Records: a 32-byte header {u8 type, u8 file, u16 0, u32 payload, i64 offset, i64 span,
 * i64 oldSize} then the payload, little-endian. Types: 'W' write (payload = the old bytes of
 * [offset, offset+span) inside the old size), 'T' truncation to `offset` (payload = the bytes cut
 * off), 'S' fsync of the file, 'C' the file was created, 'D' fsync of the folder, 'X' a call this
 * model does not cover (payload = what it was); the parent refuses a cycle with an 'X'.
 * sync_file_range is no barrier (it flushes neither metadata nor the disk's cache) and passes.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#define MAX_FD 65536
#define NAMES 3 /* 0 the archive, 1 -wal, 2 -journal; -shm is not journaled (lost on power loss) */
#define KIND_DIR 100

static char names[NAMES][4096];
static char dir[4096];
static int journal = -1;
/* 0: not ours; 1 + name index; KIND_DIR: the archive's folder. */
static unsigned char kinds[MAX_FD];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static int (*real_open)(const char *, int, ...);
static int (*real_openat)(int, const char *, int, ...);
static int (*real_close)(int);
static ssize_t (*real_write)(int, const void *, size_t);
static ssize_t (*real_pwrite)(int, const void *, size_t, off_t);
static ssize_t (*real_writev)(int, const struct iovec *, int);
static ssize_t (*real_pwritev)(int, const struct iovec *, int, off_t);
static int (*real_ftruncate)(int, off_t);
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
static int (*real_unlink)(const char *);
static int (*real_unlinkat)(int, const char *, int);
static int (*real_rename)(const char *, const char *);
static int (*real_renameat)(int, const char *, int, const char *);
static void *(*real_mmap)(void *, size_t, int, int, int, off_t);

#define BIND(name) real_##name = dlsym(RTLD_NEXT, #name)

static void bind_all(void) {
  BIND(open);
  BIND(openat);
  BIND(close);
  BIND(write);
  BIND(pwrite);
  BIND(writev);
  BIND(pwritev);
  BIND(ftruncate);
  BIND(fsync);
  BIND(fdatasync);
  BIND(unlink);
  BIND(unlinkat);
  BIND(rename);
  BIND(renameat);
  BIND(mmap);
}

__attribute__((constructor)) static void init(void) {
  bind_all();
  const char *file = getenv("POWERLOSS_FILE");
  const char *path = getenv("POWERLOSS_JOURNAL");
  if (!file || !path || file[0] != '/' || strlen(file) > 4000) return;
  snprintf(names[0], sizeof names[0], "%s", file);
  snprintf(names[1], sizeof names[1], "%s-wal", file);
  snprintf(names[2], sizeof names[2], "%s-journal", file);
  snprintf(dir, sizeof dir, "%s", file);
  char *slash = strrchr(dir, '/');
  if (slash == dir) slash[1] = 0;
  else *slash = 0;
  journal = real_open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (journal < 0) {
    fprintf(stderr, "powerloss: cannot create the undo journal %s\n", path);
    _exit(3);
  }
}

static int name_of(const char *path) {
  if (journal < 0 || !path) return 0;
  for (int i = 0; i < NAMES; i++)
    if (strcmp(path, names[i]) == 0) return 1 + i;
  if (strcmp(path, dir) == 0) return KIND_DIR;
  return 0;
}

static int tracked(int fd) { return fd >= 0 && fd < MAX_FD && kinds[fd] > 0 && kinds[fd] <= NAMES; }

/** One record in one write(); a journal that cannot be written ends the writer (never silently). */
static void record(char type, int kind, int64_t offset, int64_t span, int64_t old_size, const void *payload,
                   uint32_t length) {
  unsigned char head[32] = {0};
  head[0] = (unsigned char)type;
  head[1] = (unsigned char)(kind == KIND_DIR ? 255 : kind - 1);
  memcpy(head + 4, &length, 4);
  memcpy(head + 8, &offset, 8);
  memcpy(head + 16, &span, 8);
  memcpy(head + 24, &old_size, 8);
  size_t total = 32 + (size_t)length;
  unsigned char *buf = malloc(total);
  if (!buf) _exit(3);
  memcpy(buf, head, 32);
  if (length) memcpy(buf + 32, payload, length);
  size_t done = 0;
  while (done < total) {
    ssize_t n = real_write(journal, buf + done, total - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      fprintf(stderr, "powerloss: the undo journal could not be written\n");
      _exit(3);
    }
    done += (size_t)n;
  }
  free(buf);
}

static void unmodelled(const char *what, const char *path) {
  char text[4200];
  int n = snprintf(text, sizeof text, "%s %s", what, path ? path : "");
  record('X', 1, 0, 0, 0, text, (uint32_t)(n < 0 ? 0 : n));
}

static int64_t size_of(int fd) {
  struct stat st;
  return fstat(fd, &st) == 0 ? (int64_t)st.st_size : -1;
}

/** Saves the old bytes of [offset, offset + span) that lie inside the file, and its old size. */
static void before_write(int fd, int64_t offset, int64_t span) {
  int64_t old_size = size_of(fd);
  int64_t keep = old_size - offset;
  if (keep > span) keep = span;
  if (keep < 0) keep = 0;
  unsigned char *old = keep ? malloc((size_t)keep) : NULL;
  int64_t got = 0;
  while (got < keep) {
    ssize_t n = pread(fd, old + got, (size_t)(keep - got), offset + got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += n;
  }
  record('W', kinds[fd], offset, span, old_size, old, (uint32_t)got);
  free(old);
}

static int after_open(int fd, int kind, int created) {
  if (fd >= 0 && fd < MAX_FD && kind) {
    kinds[fd] = (unsigned char)kind;
    if (created && kind <= NAMES) record('C', kind, 0, 0, 0, NULL, 0);
  }
  return fd;
}

static int open_common(int dirfd, const char *path, int flags, mode_t mode, int at) {
  if (!real_open) bind_all();
  int kind = (at && dirfd != AT_FDCWD) ? 0 : name_of(path);
  if (!kind) return at ? real_openat(dirfd, path, flags, mode) : real_open(path, flags, mode);
  pthread_mutex_lock(&lock);
  int existed = access(path, F_OK) == 0;
  if (kind <= NAMES && existed && (flags & O_TRUNC)) unmodelled("open O_TRUNC", path);
  int fd = at ? real_openat(dirfd, path, flags, mode) : real_open(path, flags, mode);
  int saved = errno;
  after_open(fd, kind, !existed && fd >= 0);
  pthread_mutex_unlock(&lock);
  errno = saved;
  return fd;
}

static mode_t mode_arg(int flags, va_list ap) {
  return (flags & (O_CREAT | O_TMPFILE)) ? (mode_t)va_arg(ap, int) : 0;
}

int open(const char *path, int flags, ...) {
  va_list ap;
  va_start(ap, flags);
  mode_t mode = mode_arg(flags, ap);
  va_end(ap);
  return open_common(AT_FDCWD, path, flags, mode, 0);
}
int open64(const char *path, int flags, ...) {
  va_list ap;
  va_start(ap, flags);
  mode_t mode = mode_arg(flags, ap);
  va_end(ap);
  return open_common(AT_FDCWD, path, flags, mode, 0);
}
int openat(int dirfd, const char *path, int flags, ...) {
  va_list ap;
  va_start(ap, flags);
  mode_t mode = mode_arg(flags, ap);
  va_end(ap);
  return open_common(dirfd, path, flags, mode, 1);
}
int openat64(int dirfd, const char *path, int flags, ...) {
  va_list ap;
  va_start(ap, flags);
  mode_t mode = mode_arg(flags, ap);
  va_end(ap);
  return open_common(dirfd, path, flags, mode, 1);
}

int close(int fd) {
  if (!real_close) bind_all();
  if (fd >= 0 && fd < MAX_FD) kinds[fd] = 0;
  return real_close(fd);
}

ssize_t write(int fd, const void *buf, size_t n) {
  if (!real_write) bind_all();
  if (!tracked(fd)) return real_write(fd, buf, n);
  pthread_mutex_lock(&lock);
  before_write(fd, lseek(fd, 0, SEEK_CUR), (int64_t)n);
  ssize_t r = real_write(fd, buf, n);
  int saved = errno;
  pthread_mutex_unlock(&lock);
  errno = saved;
  return r;
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t offset) {
  if (!real_pwrite) bind_all();
  if (!tracked(fd)) return real_pwrite(fd, buf, n, offset);
  pthread_mutex_lock(&lock);
  before_write(fd, offset, (int64_t)n);
  ssize_t r = real_pwrite(fd, buf, n, offset);
  int saved = errno;
  pthread_mutex_unlock(&lock);
  errno = saved;
  return r;
}
ssize_t pwrite64(int fd, const void *buf, size_t n, off_t offset) { return pwrite(fd, buf, n, offset); }

static int64_t iov_span(const struct iovec *iov, int count) {
  int64_t span = 0;
  for (int i = 0; i < count; i++) span += (int64_t)iov[i].iov_len;
  return span;
}

ssize_t writev(int fd, const struct iovec *iov, int count) {
  if (!real_writev) bind_all();
  if (!tracked(fd)) return real_writev(fd, iov, count);
  pthread_mutex_lock(&lock);
  before_write(fd, lseek(fd, 0, SEEK_CUR), iov_span(iov, count));
  ssize_t r = real_writev(fd, iov, count);
  int saved = errno;
  pthread_mutex_unlock(&lock);
  errno = saved;
  return r;
}

ssize_t pwritev(int fd, const struct iovec *iov, int count, off_t offset) {
  if (!real_pwritev) bind_all();
  if (!tracked(fd)) return real_pwritev(fd, iov, count, offset);
  pthread_mutex_lock(&lock);
  before_write(fd, offset, iov_span(iov, count));
  ssize_t r = real_pwritev(fd, iov, count, offset);
  int saved = errno;
  pthread_mutex_unlock(&lock);
  errno = saved;
  return r;
}
ssize_t pwritev64(int fd, const struct iovec *iov, int count, off_t offset) { return pwritev(fd, iov, count, offset); }

int ftruncate(int fd, off_t length) {
  if (!real_ftruncate) bind_all();
  if (!tracked(fd)) return real_ftruncate(fd, length);
  pthread_mutex_lock(&lock);
  int64_t old_size = size_of(fd);
  int64_t cut = old_size > length ? old_size - length : 0;
  unsigned char *old = cut ? malloc((size_t)cut) : NULL;
  int64_t got = 0;
  while (got < cut) {
    ssize_t n = pread(fd, old + got, (size_t)(cut - got), length + got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += n;
  }
  record('T', kinds[fd], length, 0, old_size, old, (uint32_t)got);
  free(old);
  int r = real_ftruncate(fd, length);
  int saved = errno;
  pthread_mutex_unlock(&lock);
  errno = saved;
  return r;
}
int ftruncate64(int fd, off_t length) { return ftruncate(fd, length); }

/** The barrier is recorded only once the disk said yes, and before the caller can write again. */
static int after_sync(int fd, int r) {
  if (r == 0 && fd >= 0 && fd < MAX_FD && kinds[fd]) {
    pthread_mutex_lock(&lock);
    record(kinds[fd] == KIND_DIR ? 'D' : 'S', kinds[fd], 0, 0, 0, NULL, 0);
    pthread_mutex_unlock(&lock);
  }
  return r;
}

int fsync(int fd) {
  if (!real_fsync) bind_all();
  return after_sync(fd, real_fsync(fd));
}
int fdatasync(int fd) {
  if (!real_fdatasync) bind_all();
  /* fdatasync flushes the size of a grown file too, so for these files it is a full barrier. */
  return after_sync(fd, real_fdatasync(fd));
}

int unlink(const char *path) {
  if (!real_unlink) bind_all();
  int kind = name_of(path);
  if (kind && kind <= NAMES) {
    pthread_mutex_lock(&lock);
    unmodelled("unlink", path);
    pthread_mutex_unlock(&lock);
  }
  return real_unlink(path);
}
int unlinkat(int dirfd, const char *path, int flags) {
  if (!real_unlinkat) bind_all();
  int kind = dirfd == AT_FDCWD ? name_of(path) : 0;
  if (kind && kind <= NAMES) {
    pthread_mutex_lock(&lock);
    unmodelled("unlinkat", path);
    pthread_mutex_unlock(&lock);
  }
  return real_unlinkat(dirfd, path, flags);
}
int rename(const char *from, const char *to) {
  if (!real_rename) bind_all();
  int a = name_of(from), b = name_of(to);
  if ((a && a <= NAMES) || (b && b <= NAMES)) {
    pthread_mutex_lock(&lock);
    unmodelled("rename", to);
    pthread_mutex_unlock(&lock);
  }
  return real_rename(from, to);
}
int renameat(int fromfd, const char *from, int tofd, const char *to) {
  if (!real_renameat) bind_all();
  int a = fromfd == AT_FDCWD ? name_of(from) : 0, b = tofd == AT_FDCWD ? name_of(to) : 0;
  if ((a && a <= NAMES) || (b && b <= NAMES)) {
    pthread_mutex_lock(&lock);
    unmodelled("renameat", to);
    pthread_mutex_unlock(&lock);
  }
  return real_renameat(fromfd, from, tofd, to);
}

/** A writable shared mapping of the archive or its WAL would change the file behind the journal. */
void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset) {
  if (!real_mmap) bind_all();
  if (tracked(fd) && (prot & PROT_WRITE) && (flags & MAP_SHARED)) {
    pthread_mutex_lock(&lock);
    unmodelled("mmap PROT_WRITE", names[kinds[fd] - 1]);
    pthread_mutex_unlock(&lock);
  }
  return real_mmap(addr, length, prot, flags, fd, offset);
}
void *mmap64(void *addr, size_t length, int prot, int flags, int fd, off_t offset) {
  return mmap(addr, length, prot, flags, fd, offset);
}
