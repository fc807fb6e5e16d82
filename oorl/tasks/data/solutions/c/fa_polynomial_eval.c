#include <stddef.h>

double polynomial_eval(const double* coeffs, size_t coeffs_len, double x) {
    double value = 0.0;
    for (size_t i = coeffs_len; i-- > 0;) value = value * x + coeffs[i];
    return value;
}
