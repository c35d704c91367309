#ifndef LANTU_CFILESWAP_H
#define LANTU_CFILESWAP_H

/// Swaps two paths in one step (Linux renameat2 with RENAME_EXCHANGE), which Swift's Glibc
/// module does not import. Returns 0, or -1 with errno set.
int lantu_exchange(const char *first, const char *second);

#endif
