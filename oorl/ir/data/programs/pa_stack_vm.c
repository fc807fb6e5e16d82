#include <limits.h>
#include <stdio.h>
#include <string.h>

enum op { PUSH, ADD, SUB, MUL, DIV, DUP, SWAP, DROP, OVER, JZ, JMP, PRINT, HALT, NOPS };
static const char *names[NOPS] = {"push", "add", "sub", "mul", "div", "dup", "swap", "drop", "over", "jz", "jmp", "print", "halt"};

struct insn { enum op op; long long arg; };

int main(void) {
    struct insn prog[64];
    int n = 0;
    char tok[16];
    while (n < 64 && scanf("%15s", tok) == 1) {
        int k = 0;
        while (k < NOPS && strcmp(tok, names[k]) != 0) k++;
        if (k == NOPS) { printf("unknown op %s\n", tok); return 0; }
        prog[n].op = (enum op)k;
        prog[n].arg = 0;
        if ((k == PUSH || k == JZ || k == JMP) && scanf("%lld", &prog[n].arg) != 1) { printf("missing arg\n"); return 0; }
        n++;
    }
    long long st[32];
    int sp = 0, pc = 0, steps = 0, printed = 0;
    const char *why = "ran off end";
    while (pc >= 0 && pc < n) {
        if (++steps > 5000) { why = "step limit"; break; }
        struct insn in = prog[pc++];
        int need = in.op == PUSH || in.op == JMP || in.op == HALT ? 0 : in.op <= DIV || in.op == SWAP || in.op == OVER ? 2 : 1;
        if (sp < need) { why = "stack underflow"; break; }
        if ((in.op == PUSH || in.op == DUP || in.op == OVER) && sp == 32) { why = "stack overflow"; break; }
        long long a = sp >= 2 ? st[sp - 2] : 0, b = sp >= 1 ? st[sp - 1] : 0;
        unsigned long long ua = (unsigned long long)a, ub = (unsigned long long)b;
        switch (in.op) {
        case PUSH: st[sp++] = in.arg; break;
        case ADD: st[--sp - 1] = (long long)(ua + ub); break;
        case SUB: st[--sp - 1] = (long long)(ua - ub); break;
        case MUL: st[--sp - 1] = (long long)(ua * ub); break;
        case DIV:
            if (b == 0 || (a == LLONG_MIN && b == -1)) { why = "bad division"; pc = -1; break; }
            st[--sp - 1] = a / b;
            break;
        case DUP: st[sp++] = b; break;
        case SWAP: st[sp - 2] = b; st[sp - 1] = a; break;
        case DROP: sp--; break;
        case OVER: st[sp++] = a; break;
        case JZ: sp--; if (b == 0) pc = (int)(in.arg < 0 || in.arg > n ? n : in.arg); break;
        case JMP: pc = (int)(in.arg < 0 || in.arg > n ? n : in.arg); break;
        case PRINT: if (printed++ < 12) printf("out %lld\n", b); sp--; break;
        case HALT: why = "halt"; pc = -1; break;
        default: break;
        }
    }
    printf("stopped: %s after %d steps, depth %d, top %lld\n", why, steps, sp, sp ? st[sp - 1] : 0LL);
    return 0;
}
