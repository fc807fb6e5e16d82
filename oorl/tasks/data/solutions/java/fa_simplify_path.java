import java.util.*;

class Solution {
    public static String simplifyPath(String path) {
        Deque<String> names = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                names.pollLast(); // no-op at the root
            } else if (!part.isEmpty() && !part.equals(".")) {
                names.addLast(part);
            }
        }
        return "/" + String.join("/", names);
    }
}
