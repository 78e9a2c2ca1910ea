namespace DeepCopy.Tests.StrategySpecific
{
    internal sealed class Customer
    {
        public Customer(string name, Address address)
        {
            Name = name;
            Address = address;
        }

        public string Name { get; set; }

        public Address Address { get; }
    }
}
