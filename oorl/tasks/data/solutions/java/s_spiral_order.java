import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int rows = in.nextInt(), cols = in.nextInt();
        long[][] m = new long[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m[r][c] = in.nextLong();
            }
        }
        StringJoiner out = new StringJoiner(" ");
        int top = 0, bottom = rows - 1, left = 0, right = cols - 1;
        // Peel one ring per pass; the guards stop a single remaining row or column being read twice.
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) {
                out.add(Long.toString(m[top][c]));
            }
            for (int r = top + 1; r <= bottom; r++) {
                out.add(Long.toString(m[r][right]));
            }
            if (top < bottom) {
                for (int c = right - 1; c >= left; c--) {
                    out.add(Long.toString(m[bottom][c]));
                }
            }
            if (left < right) {
                for (int r = bottom - 1; r > top; r--) {
                    out.add(Long.toString(m[r][left]));
                }
            }
            top++;
            bottom--;
            left++;
            right--;
        }
        System.out.println(out);
    }
}
