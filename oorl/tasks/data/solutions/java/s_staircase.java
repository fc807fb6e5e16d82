import java.util.*;

public class Main {
    public static void main(String[] args) {
        int n = new Scanner(System.in).nextInt();
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            out.append(" ".repeat(n - i)).append("#".repeat(i)).append('\n');
        }
        System.out.print(out);
    }
}
