object Solution {
  def fewestCoins(coins: List[Long], amount: Long): Option[Long] = {
    // fewest(total): the fewest coins paying exactly total, None while it cannot be paid.
    val fewest = Array.fill[Option[Long]](amount.toInt + 1)(None)
    fewest(0) = Some(0L)
    for (total <- 1 to amount.toInt) {
      val options = coins.filter(_ <= total).flatMap(coin => fewest(total - coin.toInt))
      if (options.nonEmpty) fewest(total) = Some(options.min + 1)
    }
    fewest(amount.toInt)
  }
}
