using System.Collections.Generic;
using DeepCopy.Benchmarks.Workloads;

namespace DeepCopy.Benchmarks.HandWritten
{
    /// <summary>The physical limit for workload 3: typed code, plus a reference-keyed map so shared customers stay shared.</summary>
    internal static class OrderCopier
    {
        public static List<Order> Copy(List<Order> orders)
        {
            var customers = new Dictionary<Customer, Customer>(ReferenceEqualityComparer.Instance);
            var copy = new List<Order>(orders.Count);
            foreach (var order in orders)
            {
                var lines = new List<OrderLine>(order.Lines.Count);
                foreach (var line in order.Lines)
                {
                    lines.Add(new OrderLine { Sku = line.Sku, Quantity = line.Quantity, UnitPrice = line.UnitPrice });
                }

                copy.Add(new Order
                {
                    Id = order.Id,
                    PlacedAt = order.PlacedAt,
                    Customer = CopyCustomer(order.Customer, customers),
                    Lines = lines,
                    Attributes = new Dictionary<string, string>(order.Attributes, order.Attributes.Comparer),
                });
            }

            return copy;
        }

        private static Customer? CopyCustomer(Customer? customer, Dictionary<Customer, Customer> seen)
        {
            if (customer is null)
            {
                return null;
            }

            if (!seen.TryGetValue(customer, out var copy))
            {
                copy = new Customer { Id = customer.Id, Name = customer.Name, Email = customer.Email };
                seen.Add(customer, copy);
            }

            return copy;
        }
    }
}
