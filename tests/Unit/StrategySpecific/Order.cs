using System;
using System.Collections.Generic;

namespace DeepCopy.Tests.StrategySpecific
{
    internal sealed class Order
    {
        private readonly List<OrderLine> _lines = new List<OrderLine>();

        public Order(int id, Customer customer, DateTime created)
        {
            Id = id;
            Customer = customer;
            Created = created;
        }

        public int Id { get; }

        public Customer Customer { get; }

        public DateTime Created { get; }

        public List<OrderLine> Lines => _lines;

        public Dictionary<string, string> Attributes { get; } = new Dictionary<string, string>(4, StringComparer.Ordinal);
    }
}
