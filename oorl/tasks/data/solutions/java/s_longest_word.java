import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line = in.readLine();
        String best = "";
        if (line != null) {
            for (String word : line.trim().split("\\s+")) {
                if (word.length() > best.length()) { // strictly longer: the earliest word wins a tie
                    best = word;
                }
            }
        }
        System.out.println(best);
    }
}
