#include <math.h>
#include <stdio.h>

/* Fixed-payment loan schedule with payments rounded to cents; the last payment absorbs the rest. */
int main(void) {
    double principal, rate_pct;
    int months;
    while (scanf("%lf %lf %d", &principal, &rate_pct, &months) == 3) {
        if (principal <= 0 || principal > 1e7 || rate_pct < 0 || rate_pct > 100 || months < 1 || months > 600) {
            printf("invalid loan\n");
            continue;
        }
        double r = rate_pct / 1200.0;
        double pay = r > 0 ? principal * r / (1 - pow(1 + r, -months)) : principal / months;
        pay = ceil(pay * 100) / 100;
        double bal = principal, interest_total = 0, first_interest = 0;
        int half_month = 0;
        for (int m = 1; m <= months && bal > 0; m++) {
            double interest = round(bal * r * 100) / 100;
            if (m == 1) first_interest = interest;
            double p = m == months || pay > bal + interest ? bal + interest : pay;
            bal = bal + interest - p;
            interest_total += interest;
            if (!half_month && bal <= principal / 2) half_month = m;
        }
        printf("payment=%.4f interest=%.4f first_interest=%.4f half_paid_month=%d\n", pay, interest_total,
               first_interest, half_month);
    }
    return 0;
}
