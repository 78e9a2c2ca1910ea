using System;
using System.Collections.Generic;

namespace DeepCopy.Benchmarks.Workloads
{
    /// <summary>Workload 3: 10,000 orders, each with 5 lines and 4 attributes; every 10 orders share one customer.</summary>
    public static class PocoWorkload
    {
        public const int OrderCount = 10_000;
        public const int OrdersPerCustomer = 10;

        public static List<Order> Build() => Build(OrderCount);

        /// <summary>The same shape with <paramref name="orderCount"/> orders, for the size and cold-start crossovers.</summary>
        public static List<Order> Build(int orderCount)
        {
            var orders = new List<Order>(orderCount);
            Customer? customer = null;
            for (var i = 0; i < orderCount; i++)
            {
                if (i % OrdersPerCustomer == 0)
                {
                    customer = new Customer { Id = i / OrdersPerCustomer, Name = "Customer " + i, Email = "c" + i + "@example.com" };
                }

                var order = new Order { Id = i, PlacedAt = new DateTime(2024, 1, 1).AddMinutes(i), Customer = customer };
                for (var line = 0; line < 5; line++)
                {
                    order.Lines.Add(new OrderLine { Sku = "SKU-" + ((i * 5) + line), Quantity = line + 1, UnitPrice = 9.99m + line });
                }

                order.Attributes.Add("channel", i % 2 == 0 ? "web" : "store");
                order.Attributes.Add("priority", (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
                order.Attributes.Add("region", "R" + (i % 8));
                order.Attributes.Add("note", "order " + i);
                orders.Add(order);
            }

            return orders;
        }
    }
}
