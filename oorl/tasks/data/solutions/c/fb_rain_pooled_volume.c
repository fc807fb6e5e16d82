#include <stddef.h>

long long rain_pooled_volume(const long long* heights, size_t heights_len) {
    if (heights_len < 3) return 0;
    /* Walk inwards from the lower side: its water level is fixed by its own side's maximum, since the
       other side already holds a bar at least that tall. */
    size_t lo = 0, hi = heights_len - 1;
    long long left_max = 0, right_max = 0, water = 0;
    while (lo < hi) {
        if (heights[lo] <= heights[hi]) {
            if (heights[lo] > left_max) left_max = heights[lo];
            water += left_max - heights[lo];
            lo++;
        } else {
            if (heights[hi] > right_max) right_max = heights[hi];
            water += right_max - heights[hi];
            hi--;
        }
    }
    return water;
}
