object Solution {
  // Later entries overwrite earlier ones when the pairs become a Map, so the last value wins.
  def parseKeyValues(text: String): Map[String, String] =
    text.split(";").toList.collect {
      case entry if entry.contains('=') =>
        val (key, value) = entry.splitAt(entry.indexOf('='))
        key.trim -> value.drop(1).trim
    }.toMap
}
