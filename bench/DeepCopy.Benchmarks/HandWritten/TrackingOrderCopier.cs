using System.Collections.Generic;
using DeepCopy.Benchmarks.Workloads;

namespace DeepCopy.Benchmarks.HandWritten
{
    /// <summary>
    /// Workload 3 copied by typed code that, like any general deep copier, remembers every object it copies (orders,
    /// line lists, lines, attribute dictionaries, customers) in one reference-keyed map, so any of them shared in the
    /// source would stay shared. <see cref="OrderCopier"/> tracks only the customers, because it knows the shape; the
    /// difference between the two is the price of identity tracking itself, and DeepCopy against this copier is the
    /// price of the engine around it (docs/benchmarks.md).
    /// </summary>
    internal static class TrackingOrderCopier
    {
        public static List<Order> Copy(List<Order> orders)
        {
            var seen = new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
            var copy = new List<Order>(orders.Count);
            seen.Add(orders, copy);
            foreach (var order in orders)
            {
                copy.Add(CopyOrder(order, seen));
            }

            return copy;
        }

        private static Order CopyOrder(Order order, Dictionary<object, object> seen)
        {
            if (seen.TryGetValue(order, out var existing))
            {
                return (Order)existing;
            }

            var copy = new Order { Id = order.Id, PlacedAt = order.PlacedAt };
            seen.Add(order, copy);
            copy.Customer = CopyCustomer(order.Customer, seen);
            copy.Lines = CopyLines(order.Lines, seen);
            copy.Attributes = CopyAttributes(order.Attributes, seen);
            return copy;
        }

        private static Customer? CopyCustomer(Customer? customer, Dictionary<object, object> seen)
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

            return (Customer)copy;
        }

        private static List<OrderLine> CopyLines(List<OrderLine> lines, Dictionary<object, object> seen)
        {
            if (seen.TryGetValue(lines, out var existing))
            {
                return (List<OrderLine>)existing;
            }

            var copy = new List<OrderLine>(lines.Count);
            seen.Add(lines, copy);
            foreach (var line in lines)
            {
                if (!seen.TryGetValue(line, out var lineCopy))
                {
                    lineCopy = new OrderLine { Sku = line.Sku, Quantity = line.Quantity, UnitPrice = line.UnitPrice };
                    seen.Add(line, lineCopy);
                }

                copy.Add((OrderLine)lineCopy);
            }

            return copy;
        }

        private static Dictionary<string, string> CopyAttributes(Dictionary<string, string> attributes, Dictionary<object, object> seen)
        {
            if (seen.TryGetValue(attributes, out var existing))
            {
                return (Dictionary<string, string>)existing;
            }

            var copy = new Dictionary<string, string>(attributes, attributes.Comparer);
            seen.Add(attributes, copy);
            return copy;
        }
    }
}
