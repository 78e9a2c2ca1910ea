using System;
using System.Collections.Generic;

namespace DeepCopy.Tests.StrategySpecific
{
    /// <summary>The reference POCO workload: orders with lines and attributes, a customer shared by every ten orders.</summary>
    internal static class OrderGraph
    {
        public static List<Order> Build(int orders)
        {
            var result = new List<Order>(orders);
            Customer? customer = null;
            for (var i = 0; i < orders; i++)
            {
                if (i % 10 == 0)
                {
                    customer = new Customer("customer-" + i, new Address("street " + i, "city", "NL"));
                }

                var order = new Order(i, customer!, new DateTime(2026, 1, 1).AddMinutes(i));
                for (var line = 0; line < 5; line++)
                {
                    order.Lines.Add(new OrderLine("sku-" + line, line + 1, 9.99m * line));
                }

                order.Attributes["channel"] = "web";
                order.Attributes["region"] = "eu";
                order.Attributes["priority"] = "normal";
                order.Attributes["source"] = "import";
                result.Add(order);
            }

            return result;
        }

        /// <summary>The physical limit: a copier written by hand for exactly this shape, keeping customer sharing.</summary>
        public static List<Order> CopyByHand(List<Order> source)
        {
            var customers = new Dictionary<Customer, Customer>(ReferenceEqualityComparer.Instance);
            var result = new List<Order>(source.Count);
            foreach (var order in source)
            {
                if (!customers.TryGetValue(order.Customer, out var customer))
                {
                    customer = new Customer(order.Customer.Name, new Address(order.Customer.Address.Street, order.Customer.Address.City, order.Customer.Address.Country));
                    customers.Add(order.Customer, customer);
                }

                var copy = new Order(order.Id, customer, order.Created);
                copy.Lines.Capacity = order.Lines.Count;
                foreach (var line in order.Lines)
                {
                    copy.Lines.Add(new OrderLine(line.Sku, line.Quantity, line.Price));
                }

                foreach (var pair in order.Attributes)
                {
                    copy.Attributes.Add(pair.Key, pair.Value);
                }

                result.Add(copy);
            }

            return result;
        }
    }
}
