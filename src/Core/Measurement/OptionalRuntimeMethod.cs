using System;
using System.Reflection;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// Binds a public static method that only newer runtimes have to a delegate, once. Core targets netstandard2.0 and
    /// also runs on .NET Framework, so such methods are found by reflection; where the type or method is missing, or
    /// its signature is not the delegate's, the result is null and the caller reports the reading as unavailable.
    /// </summary>
    internal static class OptionalRuntimeMethod
    {
        public static TDelegate? Bind<TDelegate>(Type? type, string name, params Type[] parameters)
            where TDelegate : Delegate
        {
            var method = type?.GetMethod(name, BindingFlags.Public | BindingFlags.Static, null, parameters, null);
            if (method is null)
            {
                return null;
            }

            try
            {
                return (TDelegate)method.CreateDelegate(typeof(TDelegate));
            }
            catch (ArgumentException)
            {
                // The method exists with another return type: treat it as missing.
                return null;
            }
        }
    }
}
