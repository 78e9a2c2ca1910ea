namespace DeepCopy.Tests.StrategySpecific
{
    /// <summary>A mutable struct-free leaf with readonly fields, which expression trees could not assign.</summary>
    internal sealed class Address
    {
        public readonly string Street;
        public readonly string City;
        public readonly string Country;

        public Address(string street, string city, string country)
        {
            Street = street;
            City = city;
            Country = country;
        }
    }
}
