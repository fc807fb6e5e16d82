object Solution {
  // Oldest first; equal ages by name.
  def sortPeople(people: List[(String, Long)]): List[String] =
    people.sortBy { case (name, age) => (-age, name) }.map(_._1)
}
