#include <stdio.h>
#include <string.h>

static const int lines[8][3] = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6},
                                {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};

static char winner(const char *b, int *which) {
    for (int i = 0; i < 8; i++) {
        char c = b[lines[i][0]];
        if (c != '.' && c == b[lines[i][1]] && c == b[lines[i][2]]) { *which = i; return c; }
    }
    return 0;
}

int main(void) {
    char moves[64];
    int game = 0, xwins = 0, owins = 0;
    while (game < 6 && scanf("%63s", moves) == 1) {
        game++;
        char board[10];
        memset(board, '.', 9);
        board[9] = '\0';
        char w = 0, turn = 'X';
        int which = -1, played = 0, won = 0;
        const char *verdict = NULL;
        for (int i = 0; moves[i] && !verdict; i++) {
            int cell = moves[i] - '1';
            if (cell < 0 || cell > 8) verdict = "bad cell";
            else if (board[cell] != '.') verdict = "cell taken";
            else {
                board[cell] = turn;
                played++;
                turn = turn == 'X' ? 'O' : 'X';
                if ((w = winner(board, &which)) != 0 && moves[i + 1]) verdict = "moves after win";
                else if (w) { verdict = w == 'X' ? "X wins" : "O wins"; won = 1; }
            }
        }
        if (!verdict) verdict = played == 9 ? "draw" : "in progress";
        xwins += won && w == 'X';
        owins += won && w == 'O';
        printf("game %d: %s after %d moves", game, verdict, played);
        if (which >= 0) printf(" (line %d)", which);
        printf("\n %.3s\n %.3s\n %.3s\n", board, board + 3, board + 6);
    }
    printf("games=%d x=%d o=%d\n", game, xwins, owins);
    return 0;
}
