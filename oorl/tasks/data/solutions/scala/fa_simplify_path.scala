object Solution {
  def simplifyPath(path: String): String = {
    // The fold keeps the names so far as a stack, the innermost first.
    val names = path.split("/").foldLeft(List.empty[String]) {
      case (stack, "..") => stack.drop(1) // '..' at the root stays at the root
      case (stack, "" | ".") => stack
      case (stack, name) => name :: stack
    }
    names.reverse.mkString("/", "/", "")
  }
}
