import java.util.*;

public class Main {
    static boolean isLeap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int t = in.nextInt();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t; i++) {
            out.append(isLeap(in.nextLong()) ? "YES" : "NO").append('\n');
        }
        System.out.print(out);
    }
}
