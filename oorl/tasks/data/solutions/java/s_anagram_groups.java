import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer words = new StringTokenizer(in.readLine());
        // Two words are anagrams exactly when their sorted letters agree.
        Map<String, Integer> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            char[] letters = words.nextToken().toCharArray();
            Arrays.sort(letters);
            groups.merge(new String(letters), 1, Integer::sum);
        }
        int largest = Collections.max(groups.values());
        System.out.println(groups.size() + " " + largest);
    }
}
