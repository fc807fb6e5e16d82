object Solution {
  def clockFromMinutes(minutes: Long): String = {
    val time = java.lang.Math.floorMod(minutes, 24L * 60) // in [0, 1440) even for negative offsets
    f"${time / 60}%02d:${time % 60}%02d"
  }
}
