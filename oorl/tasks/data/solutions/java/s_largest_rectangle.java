import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        long[] heights = new long[n + 1]; // the final 0 flushes the stack
        for (int i = 0; i < n; i++) {
            heights[i] = Long.parseLong(tokens.nextToken());
        }
        int[] stack = new int[n + 1]; // indices of bars with increasing heights
        int size = 0;
        long best = 0;
        for (int i = 0; i <= n; i++) {
            while (size > 0 && heights[stack[size - 1]] >= heights[i]) {
                long top = heights[stack[--size]];
                // The popped bar extends left to just after the new stack top and right to just before i.
                int left = size > 0 ? stack[size - 1] + 1 : 0;
                best = Math.max(best, top * (i - left));
            }
            stack[size++] = i;
        }
        System.out.println(best);
    }
}
