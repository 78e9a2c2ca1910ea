using System;

namespace DeepCopy.Errors
{
    /// <summary>The text of a Core <see cref="ArgumentException"/> as a cmdlet user should read it.</summary>
    internal static class ArgumentMessages
    {
        /// <summary>
        /// The message without the runtime's parameter-name suffix (" (Parameter 'type')" on .NET, a "Parameter name:"
        /// line on .NET Framework): it names a C# parameter of Core's API, not anything the user typed. The suffix is
        /// found by asking the runtime for it, so every runtime's wording and language is stripped.
        /// </summary>
        public static string WithoutParameterName(ArgumentException exception)
        {
            var message = exception.Message;
            if (string.IsNullOrEmpty(exception.ParamName))
            {
                return message;
            }

            var suffix = new ArgumentException(string.Empty, exception.ParamName).Message;
            return suffix.Length > 0 && message.EndsWith(suffix, StringComparison.Ordinal)
                ? message.Substring(0, message.Length - suffix.Length).TrimEnd()
                : message;
        }
    }
}
