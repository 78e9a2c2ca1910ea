using System;
using System.Collections.Generic;

namespace DeepCopy.Benchmarks.Workloads
{
    public sealed class Order
    {
        public int Id { get; set; }

        public DateTime PlacedAt { get; set; }

        public Customer? Customer { get; set; }

        public List<OrderLine> Lines { get; set; } = new List<OrderLine>();

        public Dictionary<string, string> Attributes { get; set; } = new Dictionary<string, string>();
    }
}
