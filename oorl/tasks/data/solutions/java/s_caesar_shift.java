import java.io.*;

public class Main {
    static char shift(char ch, int k) {
        if (ch >= 'a' && ch <= 'z') {
            return (char) ('a' + (ch - 'a' + k) % 26);
        }
        if (ch >= 'A' && ch <= 'Z') {
            return (char) ('A' + (ch - 'A' + k) % 26);
        }
        return ch;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        long k = Long.parseLong(in.readLine().trim());
        int shift = (int) Math.floorMod(k, 26L); // a backward shift is a forward one modulo 26
        String text = in.readLine();
        StringBuilder out = new StringBuilder();
        if (text != null) {
            for (char ch : text.toCharArray()) {
                out.append(shift(ch, shift));
            }
        }
        System.out.println(out);
    }
}
