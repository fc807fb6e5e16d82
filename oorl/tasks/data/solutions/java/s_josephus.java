import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        long k = in.nextLong();
        List<Integer> circle = new ArrayList<>();
        for (int person = 1; person <= n; person++) {
            circle.add(person);
        }
        StringJoiner order = new StringJoiner(" ");
        int pos = 0;
        while (!circle.isEmpty()) {
            // Counting k people from pos lands k - 1 places further on, wrapping around.
            pos = (int) ((pos + k - 1) % circle.size());
            order.add(String.valueOf(circle.remove(pos)));
        }
        System.out.println(order);
    }
}
