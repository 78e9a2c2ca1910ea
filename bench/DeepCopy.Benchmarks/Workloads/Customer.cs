namespace DeepCopy.Benchmarks.Workloads
{
    /// <summary>Shared by every 10 orders in the POCO workload, so copies must keep the sharing.</summary>
    public sealed class Customer
    {
        public int Id { get; set; }

        public string Name { get; set; } = string.Empty;

        public string Email { get; set; } = string.Empty;
    }
}
