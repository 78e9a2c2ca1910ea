namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>The Newtonsoft.Json.Linq tokens the Json strategy reads specially. JObject and JArray need nothing: they are a dictionary and a list.</summary>
    internal enum NewtonsoftTokenKind
    {
        /// <summary>A JValue: written as the scalar it holds.</summary>
        Value,

        /// <summary>A JRaw: a JValue whose value is JSON text, written as that JSON.</summary>
        Raw,

        /// <summary>A JProperty reached on its own (a JObject lists its properties as pairs): an object of one member.</summary>
        Property,
    }
}
