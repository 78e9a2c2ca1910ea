using System;
using System.Reflection;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Finds a private field of a System.Data type under the name .NET gives it (<c>_table</c>) or the one the .NET
    /// Framework gives it (<c>table</c>, the reference source's name), so what reads it works in Windows PowerShell 5.1 too.
    /// </summary>
    internal static class DataFieldNames
    {
        private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;

        /// <param name="type">The System.Data type that declares the field.</param>
        /// <param name="name">The .NET name, with its leading underscore.</param>
        public static FieldInfo? Find(Type type, string name) =>
            type.GetField(name, Private) ?? type.GetField(name.TrimStart('_'), Private);
    }
}
