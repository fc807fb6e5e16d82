#include <stdbool.h>
#include <stddef.h>

bool jump_game(const long long* jumps, size_t jumps_len) {
    if (jumps_len == 0) return true;
    size_t reach = 0;  /* the furthest index reachable so far */
    for (size_t i = 0; i <= reach && i < jumps_len; i++) {
        /* Compare before adding: i + jumps[i] could overflow for a huge jump. */
        if (jumps[i] >= (long long)(jumps_len - 1 - i)) return true;
        if (i + (size_t)jumps[i] > reach) reach = i + (size_t)jumps[i];
    }
    return false;
}
