namespace DeepCopy.Tests.StrategySpecific
{
    internal sealed class OrderLine
    {
        public OrderLine(string sku, int quantity, decimal price)
        {
            Sku = sku;
            Quantity = quantity;
            Price = price;
        }

        public string Sku { get; }

        public int Quantity { get; set; }

        public decimal Price { get; }
    }
}
